// format, format-message and message; later the buffer editing primitives (GNU: editfns.c).
export {};
