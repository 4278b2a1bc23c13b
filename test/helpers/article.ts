/** An article of the given body lines under a neutral headline (the parser reads the first line as the title). */
export const article = (...lines: string[]): string => ['عنوان الخبر عن تطورات القضية اليوم', '', ...lines].join('\n');
