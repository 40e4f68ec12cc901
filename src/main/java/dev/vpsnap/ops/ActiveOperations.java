package dev.vpsnap.ops;

import dev.vpsnap.model.Operation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Operations being waited on right now, so an interrupt (Ctrl-C) can say which are still running. */
public final class ActiveOperations {
    private final Map<String, Operation> ops = new ConcurrentHashMap<>();

    public void add(Operation op) {
        ops.put(op.id(), op);
    }

    public void replace(Operation op) {
        ops.put(op.id(), op);
    }

    public void remove(Operation op) {
        ops.remove(op.id());
    }

    public List<Operation> snapshot() {
        return List.copyOf(ops.values());
    }
}
