/**
 * A deep link to a widget below the fold (`/websocket#step=12`, `/websocket/frames#fragment=2`): scroll that widget
 * into view at load. Widgets hydrate when they come near the viewport, so this is also what makes it open the step
 * the link names without the reader scrolling to it. Each widget that keeps a position lists its hash keys in
 * `data-hash-keys`, rendered on the server. Only pages whose widgets sit below the fold load this (DeepLinkScroll.astro).
 */
import { deepLinkTarget } from '../../lib/deepLinkTarget';

const owners = [...document.querySelectorAll<HTMLElement>('[data-hash-keys]')];
owners[deepLinkTarget(location.hash, owners.map((owner) => owner.dataset.hashKeys ?? ''))]?.scrollIntoView({ block: 'start' });
