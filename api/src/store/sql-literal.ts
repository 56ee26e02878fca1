/**
 * A string as an SQL literal, for the few statements built as text (generated CHECK constraints, COPY queries):
 * single quotes doubled, the only escaping PostgreSQL's standard strings need. Values from outside never come here
 * without having been checked, and everything else goes as a bound parameter.
 */
export const sqlLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`
