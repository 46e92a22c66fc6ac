/** This tab's identity for the life of the page. */
export const TAB_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Math.random().toString(36).slice(2)}`;

type Message = { type: 'query' | 'owner' | 'claim'; attemptId: string; from: string };

/** How long a newly opened tab waits for an existing owner to answer. */
const QUERY_MS = 300;

let owned: string | null = null;
let channel: BroadcastChannel | null = null;
const listeners = new Set<(message: Message) => void>();

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel('aws-sim-exam');
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.from === TAB_ID) return;
    if (message.type === 'query' && message.attemptId === owned) post({ type: 'owner', attemptId: owned, from: TAB_ID });
    if (message.type === 'claim' && message.attemptId === owned) owned = null;
    for (const listener of listeners) listener(message);
  };
  return channel;
}

function post(message: Message) {
  getChannel()?.postMessage(message);
}

/**
 * Joins an attempt's exam screen. The first tab to open it owns it; a later tab is told it is
 * read-only (callback true) for as long as the owner lives, until the learner takes over there.
 */
export function joinExam(attemptId: string, onReadOnly: (readOnly: boolean) => void): () => void {
  const listener = (message: Message) => {
    if (message.attemptId !== attemptId) return;
    if (message.type === 'owner' || message.type === 'claim') onReadOnly(true);
  };
  listeners.add(listener);
  if (!getChannel() || owned === attemptId) {
    owned = attemptId;
    onReadOnly(false);
  } else {
    let answered = false;
    const answer = (m: Message) => {
      if (m.attemptId === attemptId && m.type === 'owner') answered = true;
    };
    listeners.add(answer);
    post({ type: 'query', attemptId, from: TAB_ID });
    window.setTimeout(() => {
      listeners.delete(answer);
      if (!answered) {
        owned = attemptId;
        onReadOnly(false);
      }
    }, QUERY_MS);
  }
  return () => {
    listeners.delete(listener);
  };
}

/** Takes the attempt over from whichever tab had it; that tab becomes read-only. */
export function claimExam(attemptId: string): void {
  owned = attemptId;
  post({ type: 'claim', attemptId, from: TAB_ID });
}

/** Gives an attempt up, e.g. when it ends. */
export function leaveExam(attemptId: string): void {
  if (owned === attemptId) owned = null;
}
