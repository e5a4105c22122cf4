// What the signed-in role may do, read from the contract's own access lists, so a button is shown
// exactly when the server would accept the call (a role never sees an action it may not do).
import { contract, type ProcedureName } from '../../../shared/api/contract';
import { useIdentity } from '../../auth/AuthContext';

export function useMay(): (name: ProcedureName) => boolean {
  const { staff } = useIdentity();
  return (name) => {
    const access = contract[name].access;
    return access === 'public' || access.includes(staff.role);
  };
}
