export function summarizeBrowser(pages: readonly any[]): any;
export function summaryTable(browsers: readonly any[]): string;
export function renderMarkdown(results: any): string;
