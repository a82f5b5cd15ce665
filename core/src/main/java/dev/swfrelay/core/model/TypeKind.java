package dev.swfrelay.core.model;

/** The two kinds of registered type, named as SWF names them in its fault messages. */
public enum TypeKind {
    ActivityType,
    WorkflowType
}
