export declare const OFFLINE_CSP: string;
