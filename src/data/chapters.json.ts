// The course outline for the course map: every chapter with its part, minutes and whether it exists.
import {loadCourse} from "./course.js";
import {emit} from "./load.js";

emit(() => loadCourse());
