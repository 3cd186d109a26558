import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import type { BffUser } from '../api/client';
import { Spinner } from '../ui/feedback';
import { useSession } from './SessionProvider';

/**
 * The gate of every `/accounts/:number/…` page: a spinner while the session loads, back to the landing page
 * without one, otherwise the page for the resident and the account number in the address. Whether the account
 * is the resident's is the API's answer (a 404 problem, the same as for an account that does not exist).
 */
export function AccountGate({ children }: { children: (me: BffUser, number: string) => ReactNode }) {
  const { session } = useSession();
  const { number = '' } = useParams();
  if (session.status === 'loading') {
    return (
      <div className="page-center">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  return children(session.me, number);
}
