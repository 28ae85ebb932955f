import { NameText } from './NameText';

/** The loading state: the printed name at once, grey bars where the facts will be. */
export function CardSkeleton({ name }: { name: string }) {
  return (
    <div class="skeleton" aria-busy="true">
      <h2 class="name">
        <NameText text={name} />
      </h2>
      <p class="visually-hidden">Loading researcher details…</p>
      <div class="bar wide" />
      <div class="bar" />
      <div class="bar narrow" />
    </div>
  );
}
