export function summarizeBrowser(pages: readonly any[]): any;
export function summaryTable(browsers: readonly any[]): string;
export function renderMarkdown(results: any): string;
export function scriptMedians(runs: readonly any[]): Record<string, number>;
export function readmeTable(results: any): string;
