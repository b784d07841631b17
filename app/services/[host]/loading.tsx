import { ServiceSkeleton } from './service-skeleton';

export default function Loading() {
  return <ServiceSkeleton />;
}
