export const hello = (): string => 'сәлем';
