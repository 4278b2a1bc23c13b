/** The one error the parser throws: the input is not article text it can read. */
export type ParseErrorCode = 'empty' | 'binary' | 'unsupported-language';

export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(readonly code: ParseErrorCode, message: string) {
    super(message);
  }
}
