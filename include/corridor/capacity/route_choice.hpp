#pragma once
/// How the shipments of a demand line spread over its routes: logit shares on generalized
/// cost, and the method of successive averages that the equilibrium mode iterates.

#include <span>
#include <vector>

namespace corridor::capacity {

/// Logit choice probabilities: p_i proportional to exp(-(c_i - c_min) / scale_usd), for
/// generalized costs `costs_usd` (USD per TEU). A route whose cost is +inf (unusable) gets 0;
/// when every cost is +inf, every share is 0. `scale_usd` > 0: the cost difference, in USD per
/// TEU, that makes a route e times less likely. Uses det_exp, so the shares are the same bits
/// on every machine. O(n).
[[nodiscard]] std::vector<double> logit_shares(std::span<const double> costs_usd, double scale_usd);

/// One step of the method of successive averages: x + (y - x) / (iteration + 1), for the
/// shares `x` simulated in `iteration` (1, 2, ...) and the response `y` to their costs.
/// Precondition: equal sizes. O(n).
[[nodiscard]] std::vector<double> average_shares(std::span<const double> x,
                                                 std::span<const double> y, int iteration);

/// Total-variation distance between two share vectors: half the sum of |x_i - y_i|, in
/// [0, 1] for probability vectors. Precondition: equal sizes. O(n).
[[nodiscard]] double share_gap(std::span<const double> x, std::span<const double> y);

}  // namespace corridor::capacity
