#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace greenlight {

// A bounded multi-producer, multi-consumer queue between the walk and the worker threads.
// Bounded so a fast walk over a huge tree cannot queue millions of paths; waits poll the
// caller's cancel flag every few milliseconds because nobody signals us when it is set.
template<typename T>
class WorkQueue
{
public:
    explicit WorkQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    // False when cancelled (the item is dropped).
    bool push(T item, const std::atomic_bool &cancel)
    {
        std::unique_lock lock(m_mutex);
        while (m_items.size() >= m_capacity) {
            if (cancel.load(std::memory_order_relaxed))
                return false;
            m_notFull.wait_for(lock, PollInterval);
        }
        m_items.push_back(std::move(item));
        lock.unlock();
        m_notEmpty.notify_one();
        return true;
    }

    // False once the queue is closed and drained, or when cancelled.
    bool pop(T &item, const std::atomic_bool &cancel)
    {
        std::unique_lock lock(m_mutex);
        while (m_items.empty()) {
            if (m_closed || cancel.load(std::memory_order_relaxed))
                return false;
            m_notEmpty.wait_for(lock, PollInterval);
        }
        if (cancel.load(std::memory_order_relaxed))
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_notFull.notify_one();
        return true;
    }

    // No more pushes: consumers drain what is left, then pop() returns false.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_notEmpty.notify_all();
    }

private:
    static constexpr std::chrono::milliseconds PollInterval{10};

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace greenlight
