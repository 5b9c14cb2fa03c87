export function loadTs(entry: string, root?: string): Promise<any>;
export function loadTsWithInputs(entry: string, root?: string): Promise<{ module: any; inputs: string[] }>;
