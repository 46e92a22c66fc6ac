/** Attempts the history table draws at a time; the benchmark waits for the same number of rows. */
export const HISTORY_PAGE_SIZE = 50;
