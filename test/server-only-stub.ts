// `server-only` throws outside Next's react-server build; under vitest we are plainly on the server.
export {};
