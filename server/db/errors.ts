/** A database boot failure an operator fixes (a variable, a data directory, a server): one line naming it. */
export class DatabaseError extends Error {}
