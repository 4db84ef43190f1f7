import { type Actor, isHr } from '../actor';

// Import and export move the whole directory, so they are HR's (and admins') alone.
export const canImport = (actor: Actor | null | undefined): boolean => isHr(actor);
export const canExport = (actor: Actor | null | undefined): boolean => isHr(actor);
