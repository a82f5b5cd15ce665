/** SWF's visibility operations: describe a run, read its history, list and count open and closed runs. */
package dev.swfrelay.emulator.engine.visibility;
