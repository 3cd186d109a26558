/// <reference types="vite/client" />

/** Release version, injected by vite.config.ts. */
declare const __APP_VERSION__: string;
