/** The one error the parser throws: the input is not article text it can read. */
/** 'too-slow': the text was not parsed within its time budget (src/parser/off-thread.ts). */
export type ParseErrorCode = 'empty' | 'binary' | 'unsupported-language' | 'too-slow';

export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(readonly code: ParseErrorCode, message: string) {
    super(message);
  }
}
