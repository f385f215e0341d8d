export const diagrams = {} as const
