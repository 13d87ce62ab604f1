import { createHaniaClient, type HaniaClient } from "@vendor-sdks/hania";
import { chat, createHyponemaClient, type HyponemaClient } from "@vendor-sdks/hyponema";

/** What the panel shows; `render` is called after every change, as a UI framework would re-render. */
export interface PanelView {
  readonly bots: readonly string[];
  readonly reply: string;
  readonly done: boolean;
}

export interface SupportPanelClients {
  readonly hania: HaniaClient;
  readonly hyponema: HyponemaClient;
}

/** The clients as an app makes them: default base URLs, keys from its configuration. */
export function createClients(keys: { readonly hania: string; readonly hyponema: string }): SupportPanelClients {
  return { hania: createHaniaClient({ apiKey: keys.hania }), hyponema: createHyponemaClient({ apiKey: keys.hyponema }) };
}

/**
 * A stand-in for a UI component: lists the Hania bots, then streams Hyponema's answer to `question` token by
 * token, re-rendering as each event arrives.
 */
export async function runSupportPanel(clients: SupportPanelClients, sessionId: string, question: string, render: (view: PanelView) => void): Promise<PanelView> {
  const listed = await clients.hania.unwrap(clients.hania.GET("/bots"));
  let view: PanelView = { bots: (listed ?? []).map((bot) => bot.name ?? "(unnamed)"), reply: "", done: false };
  render(view);
  for await (const event of chat(clients.hyponema, sessionId, question)) {
    if (event.event === "token") view = { ...view, reply: view.reply + event.data.text };
    if (event.event === "turn_end") view = { ...view, done: true };
    render(view);
  }
  return view;
}
