/**
 * A stamp of the database's current state (SQLite's data_version on a connection of its own): equal stamps
 * mean no commit in between. Null when the file does not exist yet. `file` defaults to LAURELS_DB.
 */
export function databaseStamp(file?: string): string | null;
