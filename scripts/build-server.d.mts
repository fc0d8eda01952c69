// Types of build-server.mjs, for the TypeScript that imports it (tests, bench).
export declare const DIST: string;
export declare function serverBuildIsFresh(): boolean;
export declare function buildServer(): Promise<void>;
export declare function buildServerIfNeeded(options?: { force?: boolean }): Promise<boolean>;
