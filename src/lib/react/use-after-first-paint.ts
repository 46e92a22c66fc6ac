import { useEffect, useState } from 'react';

/**
 * False on the first render, true once that render has been painted. For secondary parts of a
 * screen that can come a frame later, so the first frame shows what the learner came for sooner.
 * requestAnimationFrame alone would run before the first paint; a message posted from inside it
 * runs after the frame is painted.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) setPainted(true);
    };
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, []);
  return painted;
}
