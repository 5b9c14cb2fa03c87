/**
 * The side panel's pure rules (no browser API, unit-tested): which tab a panel opened in a tab is
 * pinned to, and what a stored "show this entity" request must look like to be taken.
 */

/** `?tab=<id>`: the panel stays with that tab (it was opened in a tab of its own). */
export function pinnedTab(search: string): number | null {
  const param = new URLSearchParams(search).get('tab');
  return param !== null && /^\d{1,10}$/.test(param) ? Number(param) : null;
}

/** Where an entity asked for from a page ("See all") waits for the side panel: storage.session, which both read. */
export const PANEL_REQUEST_KEY = 'caravan.panelRequest';

export interface PanelRequest {
  entity: string;
  /** The window of the page that asked: a panel in another window leaves it alone. */
  windowId?: number;
  /** When it was asked (ms since the epoch): an old request is not shown by a panel opened later. */
  at: number;
}

/** How long a request waits for a panel that is still opening. */
export const REQUEST_FRESH_MS = 15_000;

const ENTITY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A stored request, checked (storage is shared by every context of the extension); null for anything else. */
export function readRequest(raw: unknown): PanelRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.entity !== 'string' || !ENTITY_ID.test(r.entity) || typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  if (r.windowId !== undefined && (typeof r.windowId !== 'number' || !Number.isInteger(r.windowId))) return null;
  return { entity: r.entity, at: r.at, ...(typeof r.windowId === 'number' ? { windowId: r.windowId } : {}) };
}

/**
 * Whether a panel in `windowId` takes the request: one for its window (or for none), and, read when
 * the panel opens (`opening`), asked less than REQUEST_FRESH_MS ago.
 */
export function takesRequest(request: PanelRequest | null, windowId: number, opening: { now: number } | null): request is PanelRequest {
  if (!request) return false;
  if (request.windowId !== undefined && request.windowId !== windowId) return false;
  return !opening || (opening.now - request.at >= 0 && opening.now - request.at < REQUEST_FRESH_MS);
}

/** Where the stepper stands: the mention shown (0-based) of how many. */
export interface StepPosition {
  index: number;
  total: number;
}

/**
 * The stepper's place once the page was read again. The page's script keeps its current mention
 * across a re-read, so "n of N" stays while the entity's count is unchanged (detection settling,
 * other names changing); a new count may have moved the mention, so the place is told again by
 * the next step. Without this the panel said "5 mentions" while Next went on from the kept one.
 */
export function positionAfterReread(position: StepPosition | null, count: number): StepPosition | null {
  return position !== null && position.total === count && position.index < count ? position : null;
}
