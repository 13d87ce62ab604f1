import type { ChangeFeed } from "../engine/capabilities.js";
import { frameText } from "../streams/sse-frame.js";
import type { LiveScript } from "../streams/stream-script.js";
import { framesOfChange } from "./change-frames.js";
import { createIdMinter } from "./mint-id.js";

/** What one credential's live stream has broadcast: the frames kept for resume, and who is listening now. */
export interface LiveHub {
  /** The frames after `cursor`, or undefined when `cursor` is not (or no longer) kept: the client missed events. */
  after(cursor: string): string[] | undefined;
  /** Calls `listener` with each later frame's wire text; returns the function that stops it. */
  listen(listener: (text: string) => void): () => void;
}

export interface LiveHubs {
  hubFor(credential: string): LiveHub;
}

// kept when the spec's x-mock-stream gives no history size
const DEFAULT_HISTORY = 256;

/**
 * One hub per credential, made at its first connection and kept after the client leaves, so a client that
 * reconnects with `Last-Event-ID` gets what it missed meanwhile. Each hub follows the engine's change feed for
 * its credential and keeps its last `resume.history` frames that carry an id.
 */
export function createLiveHubs(feed: ChangeFeed, script: LiveScript, idExample: string | undefined): LiveHubs {
  const hubs = new Map<string, LiveHub>();
  const limit = script.resume?.history ?? DEFAULT_HISTORY;
  const create = (credential: string): LiveHub => {
    const history: { id: string; text: string }[] = [];
    const listeners = new Set<(text: string) => void>();
    const mintId = createIdMinter(idExample);
    feed.subscribe(credential, (change) => {
      for (const frame of framesOfChange(script.changes, change, mintId)) {
        const text = frameText(frame);
        if (frame.id !== undefined) {
          history.push({ id: frame.id, text });
          if (history.length > limit) history.splice(0, history.length - limit);
        }
        for (const listener of listeners) listener(text);
      }
    });
    return {
      after(cursor) {
        const at = history.findIndex((entry) => entry.id === cursor);
        return at < 0 ? undefined : history.slice(at + 1).map((entry) => entry.text);
      },
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
  return {
    hubFor(credential) {
      let hub = hubs.get(credential);
      if (!hub) hubs.set(credential, (hub = create(credential)));
      return hub;
    },
  };
}
