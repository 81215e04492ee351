// Floor server: split the document into lines and classify each (floor.mjs); no findings.
import { floorText } from "../floor.mjs";
import { serve } from "./harness.mjs";

serve("split-and-classify", (text) => {
  floorText(text);
  return [];
});
