// Character and string width and multibyte conversions (GNU: character.c).
export {};
