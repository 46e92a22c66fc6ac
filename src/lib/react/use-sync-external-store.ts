// wouter imports the use-sync-external-store shim for React 17; React 19 has the hook built in,
// so the build points the shim here and the first page does not carry the fallback.
export { useSyncExternalStore } from 'react';
