/** Every embeddable widget: its URL id, the scenario it runs, its name and its lesson page. */
import type { ScenarioName } from '../sim';

export interface WidgetEntry {
  readonly id: string;
  readonly scenario: ScenarioName;
  /** i18n key of the widget's name. */
  readonly name: string;
  readonly lesson: string;
}

export const widgetCatalog: readonly WidgetEntry[] = [
  { id: 'sockets', scenario: 'sockets', name: 'ui.nav.sockets', lesson: '/sockets' },
  { id: 'polling', scenario: 'polling', name: 'ui.nav.polling', lesson: '/polling' },
  { id: 'long-polling', scenario: 'long-polling', name: 'ui.nav.longPolling', lesson: '/long-polling' },
  { id: 'streaming', scenario: 'streaming', name: 'ui.nav.streaming', lesson: '/streaming' },
  { id: 'websocket', scenario: 'websocket', name: 'ui.nav.websocket', lesson: '/websocket' },
  { id: 'socketio', scenario: 'socketio', name: 'ui.widget.socketio', lesson: '/socketio-fallback' },
  { id: 'sockjs', scenario: 'sockjs', name: 'ui.widget.sockjs', lesson: '/socketio-fallback' },
  { id: 'stomp', scenario: 'stomp', name: 'ui.nav.stomp', lesson: '/stomp' },
];

/** The widget with this id, if there is one. */
export function findWidget(id: string): WidgetEntry | undefined {
  return widgetCatalog.find((entry) => entry.id === id);
}

/** The compare widget: all four techniques at once (its own knobs; `scenario` is only the first of them). */
export const compareWidget: WidgetEntry = { id: 'compare', scenario: 'polling', name: 'ui.nav.compare', lesson: '/compare' };
