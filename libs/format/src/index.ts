/**
 * @luodi/format: how Luodi writes amounts, ratios, dates and weeks for people (emails, Excel, the web app).
 * Dependency-free and pure, so the web app may import it (the one lib it may import).
 */
export * from './amount';
export * from './dates';
export * from './weeks';
