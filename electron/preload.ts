// Placeholder preload until the typed bridge is built.
export {};
