package dev.vpsnap.model;

import java.util.Locale;

/** Normalised state of an asynchronous provider operation (Hivelocity task, Hostinger action, ...). */
public enum OperationStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED;

    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
