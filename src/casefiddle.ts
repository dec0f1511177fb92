// Case conversion of characters and strings (GNU: casefiddle.c).
export {};
