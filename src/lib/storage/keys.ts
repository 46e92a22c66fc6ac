/** Every localStorage key the app owns, in one place. */
export const STORAGE_KEYS = {
  settings: 'aws-sim:settings',
  attempt: 'aws-sim:attempt',
  history: 'aws-sim:history',
  answerLog: 'aws-sim:answer-log',
} as const;
