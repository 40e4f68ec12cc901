package dev.vpsnap.cli;

import dev.vpsnap.transport.PlannedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Where {@code --dry-run} transports put the requests they did not send; the mutation pipeline prints them as data. */
public final class DryRunSink implements Consumer<PlannedRequest> {
    private final List<PlannedRequest> planned = new ArrayList<>();

    @Override
    public synchronized void accept(PlannedRequest request) {
        planned.add(request);
    }

    /** Everything planned so far, in the order it was planned; the sink is empty afterwards. */
    public synchronized List<PlannedRequest> drain() {
        List<PlannedRequest> all = List.copyOf(planned);
        planned.clear();
        return all;
    }
}
