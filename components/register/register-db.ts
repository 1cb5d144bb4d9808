// The database for register parts placed inside other components' rows (the task row's timeline
// button), which receive no database themselves. Provided by the dashboard's tabs; where no page
// provides it (popup), those parts render nothing.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GovMarkDB } from '../../utils/storage/db';

export const RegisterDbContext = createContext<GovMarkDB | null>(null);

export function useRegisterDb(): GovMarkDB | null {
  return useContext(RegisterDbContext);
}
