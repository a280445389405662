export declare const TEST_POSTGRES_URL: string;
export declare function postgresBlocker(): Promise<string | undefined>;
export declare function clusterBlocker(): Promise<string | undefined>;
