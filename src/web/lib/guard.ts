import type { Capability } from '../../domain/capabilities';
import type { Can } from '../types';

/**
 * A route's `handle`: the capabilities (any one of them) a page needs, from /me's flags. The shell shows
 * 「見つかりませんでした」 in its place for anyone without one — as the API answers them — instead of the page's
 * chrome and then an error from its first request.
 */
export type RouteHandle = { can?: readonly Capability[] };

export const requires = (...can: Capability[]): RouteHandle => ({ can });

/** Whether the signed-in person may open every matched route (each route: any one of its capabilities). */
export const mayOpen = (handles: readonly unknown[], flags: Can): boolean =>
  handles.every((h) => {
    const need = (h as RouteHandle | undefined)?.can;
    return !need || need.some((c) => flags[c]);
  });
