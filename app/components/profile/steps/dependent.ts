import { useState, type ChangeEvent } from "react";
import type { OptionGroup } from "~/components/forms";
import { useProfileLabels } from "../labels";

/**
 * A picker whose options depend on another's choice (a college's majors, a language's levels).
 * Until a parent is chosen — and without JavaScript — every parent's options are listed, grouped
 * by parent; the server checks the pair. Give the child select `key={parentKey}` so that it starts
 * over when the parent changes.
 */
export function useDependentPicker<Parent extends { key: string; nameZh: string; nameEn: string }>(
  parents: Parent[],
  initialKey: string,
  options: (parent: Parent) => OptionGroup["options"],
) {
  const label = useProfileLabels();
  const [parentKey, setParentKey] = useState(initialKey);
  const chosen = parents.find((parent) => parent.key === parentKey);
  return {
    parentKey,
    onParentChange: (event: ChangeEvent<HTMLSelectElement>) => setParentKey(event.currentTarget.value),
    groups: (chosen ? [chosen] : parents).map((parent) => ({ label: label.name(parent), options: options(parent) })),
  };
}
