/**
 * A string as an SQL literal, for the few statements that cannot take bound parameters (PostgreSQL's generated
 * columns, CHECK constraints and COPY; DuckDB's generated CASE expressions): single quotes doubled, the only escaping
 * standard strings need in PostgreSQL and DuckDB alike. Codes, paths and checked values only, never raw input.
 */
export const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`
