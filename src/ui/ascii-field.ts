/**
 * Which text fields hold ASA values (names, addresses, masks, numbers), where full-width input is
 * converted to ASCII as the field is left: all of them except the handout's options, which are not
 * part of the ASA configuration (the Windows connection name is the user's own).
 */
import type { FieldPath } from '../domain/labels';

export const isAsaTextField = (path: FieldPath): boolean => !path.startsWith('clientOptions.');
