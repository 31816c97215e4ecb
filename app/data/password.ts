/** Password length rules, shared by the server's checks and the browser's form hints. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
