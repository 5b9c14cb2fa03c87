export function loadTs(entry: string, root?: string): Promise<any>;
