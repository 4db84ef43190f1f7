/**
 * Loads every module that defines a kind of stored aggregate, so that a worker's refresh job finds each
 * by name even when no request of its own has read one yet. A new kind is added here.
 */
import '../insight/outcomes';
import '../insight/risks';
import '../insight/team';
import '../insight/trends';
import '../placement/candidates';
import '../record/rating';
import '../rounds/progress';
