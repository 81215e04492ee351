export { readDocxAsPlanText, type DocxPlanText } from "./read.js";
